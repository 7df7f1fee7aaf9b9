/**
 * The assessment domain of the Dangjian SDK.
 */
package org.dangjian.assessment;
