/**
 * The organization model every domain reads: a new organization (“两新”组织) with its kind, codes, head
 * count and members, the places that host it, and the Party organizations that cover it.
 */
@ValueStyle
package org.dangjian.core.organization;

import org.dangjian.core.ValueStyle;
