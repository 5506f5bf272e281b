"""The SPARQL library (``*.rq`` files beside this module) and the runner that binds their parameters."""
