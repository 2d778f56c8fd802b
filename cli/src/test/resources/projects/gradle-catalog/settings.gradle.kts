rootProject.name = "orders"
include("app", "locks")
