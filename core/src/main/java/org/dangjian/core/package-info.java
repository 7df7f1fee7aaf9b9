/**
 * The shared kernel of the Dangjian SDK: standard codes, money, calendar counting, the organization
 * model, decisions with cited reasons, dated local parameters, the rule catalog, validation and JSON.
 *
 * <p>Every other module depends on this one and on nothing else of the SDK.
 */
package org.dangjian.core;
