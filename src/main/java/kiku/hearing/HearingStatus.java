package kiku.hearing;

public enum HearingStatus {
    PLANNED, DONE
}
