package org.dangjian.assessment.scorecard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A veto item (一票否决): when it holds, the grade is at most {@code capGrade} (the lowest grade when none is
 * named), whatever the points.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVetoItem.class)
@JsonDeserialize(as = ImmutableVetoItem.class)
public abstract class VetoItem {

    /** @return the id, not blank */
    public abstract String getId();

    /** @return the title, such as {@code 发生严重违纪违法问题}, not blank */
    public abstract String getTitle();

    /** @return the highest grade left when it holds; the lowest grade when empty, not null */
    public abstract Optional<String> getCapGrade();

    /**
     * A veto item capping at the lowest grade.
     *
     * @param id the id, not blank
     * @param title the title, not blank
     * @return the item, not null
     */
    public static VetoItem of(String id, String title) {
        return ImmutableVetoItem.builder().id(id).title(title).build();
    }

    /**
     * A veto item capping at a named grade.
     *
     * @param id the id, not blank
     * @param title the title, not blank
     * @param capGrade the highest grade left, one of the scorecard's grades, not null
     * @return the item, not null
     */
    public static VetoItem of(String id, String title, String capGrade) {
        return ImmutableVetoItem.builder().id(id).title(title).capGrade(capGrade).build();
    }
}
