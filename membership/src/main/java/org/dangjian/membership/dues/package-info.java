/**
 * Dues (党费): monthly dues by category and base, hardship relief, the start of dues for probationary members,
 * voluntary payments, dues accounts with arrears and the six-month rule, and branch and jurisdiction roll-ups.
 */
package org.dangjian.membership.dues;
