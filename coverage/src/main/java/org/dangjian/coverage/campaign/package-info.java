/**
 * Campaign tracking from the seeds' work plans: milestones with deadlines evaluated against a ledger on a date.
 */
package org.dangjian.coverage.campaign;
