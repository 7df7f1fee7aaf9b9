/**
 * The membership domain of the Dangjian SDK.
 */
package org.dangjian.membership;
