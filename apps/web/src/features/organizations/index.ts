/** What other features use of organisations: the län, and the query for one organisation. */
export { COUNTIES, countyName, isCountyCode, type CountyCode } from './counties';
export { OrganizationQuery } from './graphql/operations';
