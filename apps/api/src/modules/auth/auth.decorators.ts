import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext, Viewer } from '../../infrastructure/graphql/request-context';

export const PUBLIC_KEY = 'modellkommuner:public';

/** Anyone may call this, logged in or not. Everything else requires a valid token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer | null => {
  return GqlExecutionContext.create(context).getContext<RequestContext>().viewer;
});

export const CurrentContext = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
});
