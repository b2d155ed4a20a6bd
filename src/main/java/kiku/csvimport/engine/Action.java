package kiku.csvimport.engine;

/** What importing one line does. */
public enum Action { CREATE, UPDATE, UNCHANGED, ERROR }
