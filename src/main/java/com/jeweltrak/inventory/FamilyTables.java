package com.jeweltrak.inventory;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Where each family's attributes live and how a row of that table becomes its record. */
final class FamilyTables {

    private FamilyTables() {
    }

    static String table(Family family) {
        return switch (family) {
            case JEWELRY -> "item_jewelry";
            case WATCH -> "item_watch";
            case DIAMOND -> "item_diamond";
            case COLORED_STONE -> "item_colored_stone";
            case PEARL -> "item_pearl";
        };
    }

    /** The family's columns, read from a row that joined the family table (column names are unique per join). */
    static FamilyDetails read(Family family, ResultSet rs) throws SQLException {
        return switch (family) {
            case JEWELRY -> new JewelryDetails(rs.getString("metal"), rs.getString("karat"), rs.getBigDecimal("metal_weight_g"),
                    rs.getBigDecimal("ring_size"), rs.getBigDecimal("length_in"), rs.getString("gender"),
                    rs.getString("item_condition"));
            case WATCH -> new WatchDetails(rs.getString("brand"), rs.getString("model"), rs.getString("reference_number"),
                    integer(rs, "model_year"), rs.getString("case_material"), rs.getBigDecimal("case_size_mm"),
                    rs.getString("dial_color"), rs.getString("bezel"), rs.getString("bracelet"), rs.getString("movement"),
                    rs.getBoolean("has_box"), rs.getBoolean("has_papers"), rs.getString("item_condition"),
                    rs.getString("gender"));
            case DIAMOND -> new DiamondDetails(rs.getString("color_class"), rs.getString("shape"), rs.getString("color"),
                    rs.getString("fancy_color"), rs.getString("clarity"), rs.getString("cut"), rs.getString("polish"),
                    rs.getString("symmetry"), rs.getString("fluorescence"), rs.getString("lab"), rs.getString("cert_number"),
                    rs.getBigDecimal("length_mm"), rs.getBigDecimal("width_mm"), rs.getBigDecimal("depth_mm"),
                    rs.getBigDecimal("depth_pct"), rs.getBigDecimal("table_pct"), rs.getString("origin"), rs.getInt("pieces"));
            case COLORED_STONE -> new ColoredStoneDetails(rs.getString("species"), rs.getString("variety"),
                    rs.getString("shape"), rs.getString("cut"), rs.getString("color"), rs.getString("clarity"),
                    rs.getString("origin"), rs.getString("treatment"), rs.getString("lab"), rs.getString("cert_number"),
                    rs.getBigDecimal("length_mm"), rs.getBigDecimal("width_mm"), rs.getBigDecimal("depth_mm"),
                    rs.getInt("pieces"));
            case PEARL -> new PearlDetails(rs.getString("pearl_type"), rs.getBigDecimal("size_from_mm"),
                    rs.getBigDecimal("size_to_mm"), rs.getBigDecimal("weight_momme"), rs.getString("shape"),
                    rs.getString("body_color"), rs.getString("overtone"), rs.getString("luster"), rs.getString("surface"),
                    rs.getString("nacre"), rs.getBigDecimal("strand_length_in"), integer(rs, "pearl_count"));
        };
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

}
