export const routes = {
  '/api/smoke': async (ctx) => {
    ctx.body = {ok: true};
  },
};
