package com.jeweltrak.services.attachments;

import java.util.List;

import com.jeweltrak.services.OrderType;

/** What an attachment shows (03-services §7 Data, R2); the choices depend on the kind of job. */
public enum AttachmentKind {
    INSPIRATION("inspiration", "Inspiration"), VENDOR_DRAWING("vendor_drawing", "Vendor Drawing"), CAD("cad", "CAD"),
    THREE_D("3d_file", "3D File"), PROGRESS("progress", "Progress"), DAMAGE("damage", "Damage"), INTAKE("intake", "Intake"),
    OTHER("other", "Other");

    private final String value;
    private final String label;

    AttachmentKind(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    /** R2: custom jobs (and production, inferred) and repairs each have their own list, in the spec's order. */
    public static List<AttachmentKind> forJob(OrderType type) {
        return type == OrderType.REPAIR
                ? List.of(DAMAGE, INTAKE, PROGRESS, CAD, THREE_D, OTHER)
                : List.of(INSPIRATION, VENDOR_DRAWING, CAD, THREE_D, PROGRESS, OTHER);
    }

    public static AttachmentKind of(String value) {
        for (AttachmentKind k : values()) if (k.value.equals(value) || k.name().equalsIgnoreCase(value)) return k;
        throw new IllegalArgumentException("Unknown attachment kind " + value);
    }
}
