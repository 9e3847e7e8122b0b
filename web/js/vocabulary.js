// The coded values of the zone model, as the API writes them; their words are in i18n under "enum".
export const KINDS = ['KCN', 'CCN'];
/** What a rent covers, as its source states it (RentBasis on the server). */
export const RENT_BASES = ['per_year', 'lease_term', 'per_month', 'not_stated'];
export const INVESTMENT_STATUSES = ['seeking_tenants', 'seeking_infrastructure_investor', 'not_open', 'closed'];
export const CLEARANCE_STATUSES = ['not_started', 'in_progress', 'completed'];
export const LIFECYCLES = ['planned', 'under_construction', 'operating', 'removed_from_plan'];
export const BOUNDARY_QUALITIES = ['surveyed', 'digitized', 'approximate'];
