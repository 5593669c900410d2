// Workers entry: the same app, served by the runtime's fetch handler.
import { createApp } from "./api/app.js";

export default createApp();
