/**
 * Instructor assignment (选派党建工作指导员): the organizations that need an instructor, the instructors with
 * their reach, capacity and conflicts of interest, and an optimal, explained assignment plan.
 */
@ValueStyle
package org.dangjian.training.assignment;

import org.dangjian.core.ValueStyle;
