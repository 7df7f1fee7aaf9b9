/**
 * Instructor groups (编组管理): instructors partitioned by jurisdiction, each group with a lead.
 */
@ValueStyle
package org.dangjian.training.group;

import org.dangjian.core.ValueStyle;
