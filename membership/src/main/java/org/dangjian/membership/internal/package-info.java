/**
 * Helpers of the membership module that are not API.
 */
package org.dangjian.membership.internal;
