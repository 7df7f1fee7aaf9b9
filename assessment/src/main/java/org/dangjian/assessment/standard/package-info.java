/**
 * Standards and support: the “六有” venue standard (seed 001), staffing norms of parks and street committees
 * (seed 004), and the Party-work funds of non-public enterprises (the 2014 notice; local subsidies).
 */
package org.dangjian.assessment.standard;
