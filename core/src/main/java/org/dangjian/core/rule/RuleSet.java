package org.dangjian.core.rule;

import java.util.List;
import org.dangjian.core.parameter.ParameterDefinition;
import org.dangjian.core.parameter.ProfileValues;

/**
 * What a module contributes to the SDK: its rules, its parameters with their national baselines, and its
 * part of the named local profiles.
 *
 * <p>Each module publishes one implementation through {@code META-INF/services/org.dangjian.core.rule.RuleSet},
 * so {@link RuleCatalog#discover()} and {@code PolicyParameters.nationalBaseline()} see every module on the
 * class path.
 */
public interface RuleSet {

    /** @return the module name, such as {@code membership}, not null */
    String module();

    /** @return the module's rules, not null */
    List<Rule> rules();

    /** @return the module's parameters with their national baselines, not null */
    default List<ParameterDefinition<?>> parameters() {
        return List.of();
    }

    /** @return the module's values in named local profiles, not null */
    default List<ProfileValues> profiles() {
        return List.of();
    }
}
