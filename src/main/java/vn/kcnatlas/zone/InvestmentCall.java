package vn.kcnatlas.zone;

/**
 * The call for investors: its status, the infrastructure developer, whom to contact and the asking rent.
 *
 * @param contact the zone's own contact as staff typed it (hidden from the public when {@link StaffOnly} says so)
 * @param contactId the public contact (developer, provincial board, …) in the contact list, named by a source
 * @param rentBasis what the rent in USD/m² covers; null when no rent is known
 * @param rentUntilYear the year the land-lease term ends, for a rent paid once for the term
 */
public record InvestmentCall(InvestmentStatus status, String developer, String contact, String contactId,
        Double rentMinUsdM2, Double rentMaxUsdM2, RentBasis rentBasis, Integer rentUntilYear) {

    public InvestmentCall {
        if (status == null) {
            throw new IllegalArgumentException("investmentStatus is required");
        }
    }

    /** A call with no public contact on the list and a rent whose basis is not recorded. */
    public InvestmentCall(InvestmentStatus status, String developer, String contact, Double rentMinUsdM2,
            Double rentMaxUsdM2) {
        this(status, developer, contact, null, rentMinUsdM2, rentMaxUsdM2, null, null);
    }
}
