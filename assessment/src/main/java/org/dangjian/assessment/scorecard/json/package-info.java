/**
 * Reading scorecards from JSON with every problem listed.
 */
package org.dangjian.assessment.scorecard.json;
