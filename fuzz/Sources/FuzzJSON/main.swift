// The fuzz target's entry point (see FuzzSupport/Driver.swift).
import FuzzSupport

runFuzzer(fuzzJSON)
