package vn.kcnatlas.zone;

/** The call for investors: its status, the infrastructure developer, whom to contact and the asking rent. */
public record InvestmentCall(InvestmentStatus status, String developer, String contact, Double rentMinUsdM2,
        Double rentMaxUsdM2) {

    public InvestmentCall {
        if (status == null) {
            throw new IllegalArgumentException("investmentStatus is required");
        }
    }
}
