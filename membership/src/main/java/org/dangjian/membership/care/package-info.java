/**
 * Member points (党员积分) as a configurable scheme, political birthdays (the anniversaries of admission) and
 * care lists of members in hardship.
 */
package org.dangjian.membership.care;
