// The variables every request carries through the app.
export interface AppEnv {
  Variables: {
    requestId: string;
  };
}
