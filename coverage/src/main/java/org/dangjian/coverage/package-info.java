/**
 * The coverage domain of the Dangjian SDK.
 */
package org.dangjian.coverage;
