package vn.kcnatlas.export;

import java.util.function.Function;

/**
 * One column of an exported table: a stable English key (the API's field name), the Vietnamese heading
 * a reader sees in a spreadsheet, and how a row fills it. A null value is an unknown figure: an empty
 * cell, never a 0.
 */
record Column<R>(String key, String heading, Function<R, Object> value) {
}
