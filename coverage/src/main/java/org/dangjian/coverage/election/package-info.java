/**
 * Elections of Party committees as pure functions: quorum, margin, majority, by-election seats.
 */
package org.dangjian.coverage.election;
