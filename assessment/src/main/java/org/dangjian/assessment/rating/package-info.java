/**
 * Ratings built on the scorecard engine: the five-star rating of branches (a city's scheme as a named local
 * profile), the “双强六好” evaluation, and eligibility for priority support derived from them.
 */
package org.dangjian.assessment.rating;
