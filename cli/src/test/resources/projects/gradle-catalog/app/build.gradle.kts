plugins {
    java
}

dependencies {
    implementation(libs.bundles.grpc)
    implementation(project(":locks"))
}
