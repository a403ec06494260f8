"""The simulated world the benchmark runs in: a virtual camera and a simulated person.

Ground truth lives here, apart from the knowledge base's probabilities, so the benchmark
measures the product's decisions against a world it did not write.
"""
