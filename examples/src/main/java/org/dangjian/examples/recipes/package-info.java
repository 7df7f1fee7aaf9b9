/**
 * Recipes for integrators: each a small class with a {@code main} that shows one task end to end, compiled and
 * run by the test suite so it never goes stale. Start with {@link
 * org.dangjian.examples.recipes.EvaluateOneOrganization} and {@link
 * org.dangjian.examples.recipes.LayeredParameters}.
 */
package org.dangjian.examples.recipes;
