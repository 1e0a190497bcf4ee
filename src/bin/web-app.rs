//! `web-app`: the web app's entry point, built by Trunk: starts the yew app (wasm32 only; natively this binary does nothing).

fn main() {
    #[cfg(target_arch = "wasm32")]
    second_look::app::start();
}
