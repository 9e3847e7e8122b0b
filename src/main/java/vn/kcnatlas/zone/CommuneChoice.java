package vn.kcnatlas.zone;

/**
 * A planner's choice of a zone's commune in today's units, sent with an edit as {@value
 * ZoneUnitPlacement#PROPERTY}.
 *
 * @param communeCode the commune chosen, or null to end the choice and let the boundary decide again
 */
public record CommuneChoice(String communeCode) {
}
