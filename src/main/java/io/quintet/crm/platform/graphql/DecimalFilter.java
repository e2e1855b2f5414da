package io.quintet.crm.platform.graphql;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on a decimal field such as an amount. */
@Input("DecimalFilter")
public class DecimalFilter {
    public BigDecimal eq;
    public BigDecimal ne;
    public List<BigDecimal> in;
    public List<BigDecimal> notIn;
    public BigDecimal gt;
    public BigDecimal ge;
    public BigDecimal lt;
    public BigDecimal le;
    public Boolean isNull;
}
