fn main() {
    huquq::start();
}
