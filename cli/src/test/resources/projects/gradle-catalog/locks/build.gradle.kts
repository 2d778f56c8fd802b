plugins {
    `java-library`
}

dependencies {
    api(libs.jetcd.core)
}
