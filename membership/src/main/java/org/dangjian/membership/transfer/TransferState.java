package org.dangjian.membership.transfer;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a membership transfer and the transitions allowed between them.
 *
 * <pre>
 * ISSUED ──► IN_TRANSIT ──► RECEIVED
 *   │  └─────────┬────────► OVERDUE ──► RETURNED ──► CANCELLED
 *   └──► RECEIVED, RETURNED, CANCELLED       └──► CANCELLED
 * </pre>
 *
 * <p>RECEIVED and CANCELLED are final. An overdue letter cannot be received: it is returned or cancelled
 * and a new letter issued.
 */
public enum TransferState {
    /** 已开具介绍信. */
    ISSUED("已开具"),
    /** 介绍信在途（党员已持信或网上转出）. */
    IN_TRANSIT("在途"),
    /** 接收方已接收. */
    RECEIVED("已接收"),
    /** 超过介绍信有效期未接收. */
    OVERDUE("逾期"),
    /** 退回转出党组织. */
    RETURNED("已退回"),
    /** 已撤销. */
    CANCELLED("已撤销");

    private final String label;

    TransferState(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return the states this one may move to, not null */
    public Set<TransferState> allowedNext() {
        switch (this) {
            case ISSUED:
                return Collections.unmodifiableSet(EnumSet.of(IN_TRANSIT, RECEIVED, OVERDUE, RETURNED, CANCELLED));
            case IN_TRANSIT:
                return Collections.unmodifiableSet(EnumSet.of(RECEIVED, OVERDUE, RETURNED));
            case OVERDUE:
                return Collections.unmodifiableSet(EnumSet.of(RETURNED, CANCELLED));
            case RETURNED:
                return Collections.unmodifiableSet(EnumSet.of(CANCELLED));
            default:
                return Collections.unmodifiableSet(EnumSet.noneOf(TransferState.class));
        }
    }

    /** @return whether no transition leaves this state */
    public boolean isFinal() {
        return allowedNext().isEmpty();
    }

    /** @return whether the sending organization is still responsible for the member (not yet received) */
    public boolean isSenderResponsible() {
        return this != RECEIVED;
    }
}
