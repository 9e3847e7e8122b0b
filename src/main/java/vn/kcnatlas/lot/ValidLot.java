package vn.kcnatlas.lot;

/**
 * A lot that passed {@link LotCheck}. Only the check makes one, and the writes of {@link LotWrites} take
 * nothing else, so no lot reaches the store unchecked.
 */
public final class ValidLot {

    private final Lot lot;

    ValidLot(Lot lot) {
        this.lot = lot;
    }

    public Lot lot() {
        return lot;
    }
}
