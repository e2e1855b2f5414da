package io.quintet.crm.opportunity;

/** Whether a stage is still in play or closes the deal, won or lost; also an opportunity's status. */
public enum StageKind {
    OPEN, WON, LOST
}
