/**
 * The training domain of the Dangjian SDK.
 */
package org.dangjian.training;
