import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Unauthenticated } from '../../infrastructure/errors/app-error';
import { RequestContext } from '../../infrastructure/graphql/request-context';
import { PUBLIC_KEY } from './auth.decorators';

/**
 * Secure by default: every GraphQL operation needs a logged-in viewer unless marked @Public().
 * HTTP controllers (health, feeds, calendar) authenticate on their own terms. Who may do what once logged
 * in is decided by each feature's policy class, not here (docs/api-conventions.md, "How a feature is built").
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const { viewer } = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (!viewer) throw Unauthenticated();
    return true;
  }
}
