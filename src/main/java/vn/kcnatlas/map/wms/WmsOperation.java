package vn.kcnatlas.map.wms;

import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/** One WMS operation, which {@link WmsController} dispatches to by the REQUEST parameter. */
interface WmsOperation {

    /** The REQUEST value that selects this operation, such as GetMap. */
    String name();

    /**
     * @param request the HTTP request, for its URL and conditional headers
     * @throws WmsException when the request cannot be answered, with the code that says why
     */
    ResponseEntity<byte[]> handle(WmsParameters params, WebRequest request);
}
