/**
 * Transfers of membership (组织关系转接) as a state machine with the letter's validity, and mobile members
 * (流动党员): who counts as mobile, home and host organizations, and local transfer advice.
 */
package org.dangjian.membership.transfer;
