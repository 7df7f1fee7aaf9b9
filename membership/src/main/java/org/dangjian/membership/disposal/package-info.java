/**
 * Disposal of unqualified members (不合格党员组织处置): correction within a deadline, advice to withdraw and
 * removal in their order, with deadlines and approvals; self-withdrawal; the bar on re-admission.
 */
package org.dangjian.membership.disposal;
