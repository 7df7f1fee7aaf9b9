/**
 * Certification of party-affairs workers (党务工作者资格认证): eligibility, validity and renewal.
 */
@ValueStyle
package org.dangjian.training.certification;

import org.dangjian.core.ValueStyle;
