import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './app-error';

/**
 * Domain errors are answers, not faults: hand them to Apollo (and formatGraphQLError) as they are.
 * Without this filter Nest's default handler logs each one — every wrong password, every refused
 * call — as an ERROR with a stack trace, burying the real faults.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError): AppError {
    return error;
  }
}
