// Generated from spec/atera-v3.openapi.json by scripts/generate.ts. Do not edit: run `pnpm generate`.

import { z } from 'zod';
import { dateTimeInput, guidInput, openEnum } from '../schemas/schema-helpers';

export const AccountInfoResponse = z.looseObject({
  AccountID: z.string().nullable().optional(),
  Country: z.string().nullable().optional(),
  CompanyName: z.string().nullable().optional(),
  CreatedOn: z.string().nullable().optional(),
  State: z.string().nullable().optional(),
  TimeZoneName: z.string().nullable().optional(),
  City: z.string().nullable().optional(),
  Address: z.string().nullable().optional(),
  PostalCode: z.string().nullable().optional(),
  Phone: z.string().nullable().optional(),
  IsITDepartment: z.boolean().optional(),
  Plan: z.string().nullable().optional(),
});
export type AccountInfoResponse = z.output<typeof AccountInfoResponse>;

export const AgentAvailableUpdateDto = z.looseObject({
  name: z.string().nullable().optional(),
  class: z.string().nullable().optional(),
  kbId: z.string().nullable().optional(),
  status: z.string().nullable().optional(),
});
export type AgentAvailableUpdateDto = z.output<typeof AgentAvailableUpdateDto>;

export const AgentAvailableUpdatesResponse = z.looseObject({
  deviceGuid: z.string().nullable().optional(),
  timestamp: z.string().nullable().optional(),
  availableUpdates: z.array(AgentAvailableUpdateDto).nullable().optional(),
});
export type AgentAvailableUpdatesResponse = z.output<typeof AgentAvailableUpdatesResponse>;

export const BatteryDto = z.looseObject({
  Id: z.int().optional(),
  Name: z.string().nullable().optional(),
  BatteryHealth: z.number().optional(),
  DesignedCapacity: z.int().optional(),
  FullChargeCapacity: z.int().optional(),
  CycleCount: z.int().optional(),
});
export type BatteryDto = z.output<typeof BatteryDto>;

export const HardwareDiskDto = z.looseObject({
  Drive: z.string().nullable().optional(),
  Free: z.number().optional(),
  Used: z.number().optional(),
  Total: z.number().optional(),
});
export type HardwareDiskDto = z.output<typeof HardwareDiskDto>;

export const AgentDto = z.looseObject({
  MachineID: z.string().nullable().optional(),
  AgentID: z.int().nullable().optional(),
  DeviceGuid: z.string().nullable().optional(),
  FolderID: z.int().nullable().optional(),
  FolderName: z.string().nullable().optional(),
  CustomerID: z.int().nullable().optional(),
  CustomerName: z.string().nullable().optional(),
  AgentName: z.string().nullable().optional(),
  SystemName: z.string().nullable().optional(),
  MachineName: z.string().nullable().optional(),
  DomainName: z.string().nullable().optional(),
  CurrentLoggedUsers: z.string().nullable().optional(),
  ComputerDescription: z.string().nullable().optional(),
  Monitored: z.boolean().optional(),
  AgentVersion: z.string().nullable().optional(),
  Favorite: z.boolean().nullable().optional(),
  ThresholdID: z.int().nullable().optional(),
  MonitoredAgentID: z.int().nullable().optional(),
  Created: z.string().nullable().optional(),
  Modified: z.string().nullable().optional(),
  Online: z.boolean().nullable().optional(),
  LastSeen: z.string().nullable().optional(),
  ReportedFromIP: z.string().nullable().optional(),
  AppViewUrl: z.string().nullable().optional(),
  Motherboard: z.string().nullable().optional(),
  Processor: z.string().nullable().optional(),
  Memory: z.int().nullable().optional(),
  Display: z.string().nullable().optional(),
  Sound: z.string().nullable().optional(),
  ProcessorCoresCount: z.int().nullable().optional(),
  SystemDrive: z.string().nullable().optional(),
  ProcessorClock: z.string().nullable().optional(),
  Vendor: z.string().nullable().optional(),
  VendorSerialNumber: z.string().nullable().optional(),
  VendorBrandModel: z.string().nullable().optional(),
  ProductName: z.string().nullable().optional(),
  BiosManufacturer: z.string().nullable().optional(),
  BiosVersion: z.string().nullable().optional(),
  BiosReleaseDate: z.string().nullable().optional(),
  MacAddresses: z.array(z.string()).nullable().optional(),
  IpAddresses: z.array(z.string()).nullable().optional(),
  HardwareDisks: z.array(HardwareDiskDto).nullable().optional(),
  BatteryInfo: BatteryDto.optional(),
  OS: z.string().nullable().optional(),
  OSType: z.string().nullable().optional(),
  WindowsSerialNumber: z.string().nullable().optional(),
  Office: z.string().nullable().optional(),
  OfficeSP: z.string().nullable().optional(),
  OfficeOEM: z.boolean().nullable().optional(),
  OfficeSerialNumber: z.string().nullable().optional(),
  OSNum: z.number().nullable().optional(),
  LastRebootTime: z.string().nullable().optional(),
  OSVersion: z.string().nullable().optional(),
  OSBuild: z.string().nullable().optional(),
  OfficeFullVersion: z.string().nullable().optional(),
  LastLoginUser: z.string().nullable().optional(),
  DeviceType: z.string().nullable().optional(),
});
export type AgentDto = z.output<typeof AgentDto>;

export const AgentDtoPagedResult = z.looseObject({
  items: z.array(AgentDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type AgentDtoPagedResult = z.output<typeof AgentDtoPagedResult>;

export const AgentInstalledUpdateDto = z.looseObject({
  name: z.string().nullable().optional(),
  class: z.string().nullable().optional(),
  kbId: z.string().nullable().optional(),
  installDate: z.string().nullable().optional(),
});
export type AgentInstalledUpdateDto = z.output<typeof AgentInstalledUpdateDto>;

export const AgentInstalledUpdatesResponse = z.looseObject({
  deviceGuid: z.string().nullable().optional(),
  timestamp: z.string().nullable().optional(),
  installedUpdates: z.array(AgentInstalledUpdateDto).nullable().optional(),
});
export type AgentInstalledUpdatesResponse = z.output<typeof AgentInstalledUpdatesResponse>;

export const AlertCategory = openEnum(["Hardware", "Disk", "Availability", "Performance", "Exchange", "General"]);
export type AlertCategory = z.output<typeof AlertCategory>;

export const AlertSeverity = openEnum(["Information", "Warning", "Critical"]);
export type AlertSeverity = z.output<typeof AlertSeverity>;

export const AlertDto = z.looseObject({
  AlertID: z.int().nullable().optional(),
  Code: z.int().nullable().optional(),
  Source: z.string().nullable().optional(),
  Title: z.string().nullable().optional(),
  Severity: AlertSeverity.optional(),
  Created: z.string().nullable().optional(),
  SnoozedEndDate: z.string().nullable().optional(),
  DeviceGuid: z.string().nullable().optional(),
  AgentId: z.int().nullable().optional(),
  AdditionalInfo: z.string().nullable().optional(),
  Archived: z.boolean().nullable().optional(),
  AlertCategoryID: AlertCategory.optional(),
  ArchivedDate: z.string().nullable().optional(),
  TicketID: z.int().nullable().optional(),
  AlertMessage: z.string().nullable().optional(),
  DeviceName: z.string().nullable().optional(),
  CustomerID: z.int().nullable().optional(),
  CustomerName: z.string().nullable().optional(),
  FolderID: z.int().nullable().optional(),
  PollingCyclesCount: z.int().nullable().optional(),
  DeviceType: z.string().nullable().optional(),
});
export type AlertDto = z.output<typeof AlertDto>;

export const AlertDtoPagedResult = z.looseObject({
  items: z.array(AlertDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type AlertDtoPagedResult = z.output<typeof AlertDtoPagedResult>;

export const ContractBillingPeriodOptions = openEnum(["EndOfContractDuration", "Weekly", "BiWeekly", "Monthly", "Quarterly", "TwiceAYear", "Yearly", "OnDemand"]);
export type ContractBillingPeriodOptions = z.output<typeof ContractBillingPeriodOptions>;

export const RateDto = z.looseObject({
  RateID: z.int().optional(),
  Amount: z.number().optional(),
  Description: z.string().nullable().optional(),
  SKU: z.string().nullable().optional(),
  Category: z.string().nullable().optional(),
});
export type RateDto = z.output<typeof RateDto>;

export const BlockHoursContractDto = z.looseObject({
  HoursIncluded: z.number().nullable().optional(),
  PricePerHour: RateDto.optional(),
  OverageRate: RateDto.optional(),
  CommitRollover: z.boolean().optional(),
  BillingPeriod: ContractBillingPeriodOptions.optional(),
});
export type BlockHoursContractDto = z.output<typeof BlockHoursContractDto>;

export const BlockMoneyContractDto = z.looseObject({
  Amount: z.number().nullable().optional(),
  ContractAmount: RateDto.optional(),
  PrimaryRate: RateDto.optional(),
  AdditionalRates: z.array(RateDto).nullable().optional(),
  CommitRollover: z.boolean().optional(),
  BillingPeriod: ContractBillingPeriodOptions.optional(),
});
export type BlockMoneyContractDto = z.output<typeof BlockMoneyContractDto>;

export const ContactDto = z.looseObject({
  EndUserID: z.int().nullable().optional(),
  CustomerID: z.int().nullable().optional(),
  CustomerName: z.string().nullable().optional(),
  Firstname: z.string().nullable().optional(),
  Lastname: z.string().nullable().optional(),
  JobTitle: z.string().nullable().optional(),
  Email: z.string().nullable().optional(),
  Phone: z.string().nullable().optional(),
  MobilePhone: z.string().nullable().optional(),
  IsContactPerson: z.boolean().nullable().optional(),
  InIgnoreMode: z.boolean().nullable().optional(),
  CreatedOn: z.string().nullable().optional(),
  LastModified: z.string().nullable().optional(),
  Archived: z.boolean().nullable().optional(),
  DepartmentID: z.int().nullable().optional(),
  DepartmentName: z.string().nullable().optional(),
  DefaultAgentId: z.int().nullable().optional(),
});
export type ContactDto = z.output<typeof ContactDto>;

export const ContactDtoPagedResult = z.looseObject({
  items: z.array(ContactDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type ContactDtoPagedResult = z.output<typeof ContactDtoPagedResult>;

export const ContractTypeOptions = openEnum(["RetainerFlatFee", "BlockHours", "Hourly", "RemoteMonitoring", "BlockMoney", "ProjectOneTimeFee", "ProjectHourlyRate", "OnlineBackup"]);
export type ContractTypeOptions = z.output<typeof ContractTypeOptions>;

export const HourlyContractDto = z.looseObject({
  PrimaryRate: RateDto.optional(),
  AdditionalRates: z.array(RateDto).nullable().optional(),
  BillingPeriod: ContractBillingPeriodOptions.optional(),
});
export type HourlyContractDto = z.output<typeof HourlyContractDto>;

export const ContractMonitoredByOptions = openEnum(["PCAgents", "ServerAgents", "OtherDevices", "AgentsOnly", "All", "PCsTotalGB", "ServersTotalGB", "TotalGB", "MacAgents"]);
export type ContractMonitoredByOptions = z.output<typeof ContractMonitoredByOptions>;

export const OnlineBackupContractDto = z.looseObject({
  RatePerGB: RateDto.optional(),
  CountBy: ContractMonitoredByOptions.optional(),
  BillingPeriod: ContractBillingPeriodOptions.optional(),
});
export type OnlineBackupContractDto = z.output<typeof OnlineBackupContractDto>;

export const ProjectHourlyRateContractDto = z.looseObject({
  PrimaryRate: RateDto.optional(),
  AdditionalRates: z.array(RateDto).nullable().optional(),
});
export type ProjectHourlyRateContractDto = z.output<typeof ProjectHourlyRateContractDto>;

export const ProjectOneTimeFeeContractDto = z.looseObject({
  TotalAmount: RateDto.optional(),
});
export type ProjectOneTimeFeeContractDto = z.output<typeof ProjectOneTimeFeeContractDto>;

export const RemoteMonitoringContractDto = z.looseObject({
  RatePerDevice: RateDto.optional(),
  CountBy: ContractMonitoredByOptions.optional(),
  BillingPeriod: ContractBillingPeriodOptions.optional(),
});
export type RemoteMonitoringContractDto = z.output<typeof RemoteMonitoringContractDto>;

export const RetainerFlatFeeContractDto = z.looseObject({
  BillingPeriod: ContractBillingPeriodOptions.optional(),
  Quantity: z.number().nullable().optional(),
  Rate: RateDto.optional(),
});
export type RetainerFlatFeeContractDto = z.output<typeof RetainerFlatFeeContractDto>;

export const ContractDto = z.looseObject({
  CustomerID: z.int().optional(),
  CustomerName: z.string().nullable().optional(),
  ContractID: z.int().optional(),
  ContractName: z.string().nullable().optional(),
  ContractType: ContractTypeOptions.optional(),
  Active: z.boolean().optional(),
  Default: z.boolean().optional(),
  Taxable: z.boolean().optional(),
  StartDate: z.string().nullable().optional(),
  EndDate: z.string().nullable().optional(),
  RetainerFlatFeeContract: RetainerFlatFeeContractDto.optional(),
  HourlyContract: HourlyContractDto.optional(),
  BlockHoursContract: BlockHoursContractDto.optional(),
  BlockMoneyContract: BlockMoneyContractDto.optional(),
  RemoteMonitoringContract: RemoteMonitoringContractDto.optional(),
  OnlineBackupContract: OnlineBackupContractDto.optional(),
  ProjectOneTimeFeeContract: ProjectOneTimeFeeContractDto.optional(),
  ProjectHourlyRateContract: ProjectHourlyRateContractDto.optional(),
});
export type ContractDto = z.output<typeof ContractDto>;

export const ContractDtoPagedResult = z.looseObject({
  items: z.array(ContractDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type ContractDtoPagedResult = z.output<typeof ContractDtoPagedResult>;

export const CreatedDeviceResult = z.looseObject({
  DeviceId: z.int().optional(),
  DeviceGuid: z.string().optional(),
});
export type CreatedDeviceResult = z.output<typeof CreatedDeviceResult>;

export const CustomFieldDataTypeDto = openEnum(["Text", "Boolean", "Numeric", "Date", "Options", "OptionsWithDependencies"]);
export type CustomFieldDataTypeDto = z.output<typeof CustomFieldDataTypeDto>;

export const CustomFieldTargetDto = openEnum(["Customer", "Ticket", "Contact", "Contract", "SLA", "Agent", "SNMPDevice", "TCPDevice", "HTTPDevice", "GenericDevice"]);
export type CustomFieldTargetDto = z.output<typeof CustomFieldTargetDto>;

export const OptionFieldValues = z.looseObject({
  Value: z.string().nullable().optional(),
  Text: z.string().nullable().optional(),
  ParentName: z.string().nullable().optional(),
});
export type OptionFieldValues = z.output<typeof OptionFieldValues>;

export const CustomFieldDto = z.looseObject({
  Name: z.string().nullable().optional(),
  DataType: CustomFieldDataTypeDto.optional(),
  Target: CustomFieldTargetDto.optional(),
  PossibleValues: z.array(OptionFieldValues).nullable().optional(),
  ParentAttributeName: z.string().nullable().optional(),
});
export type CustomFieldDto = z.output<typeof CustomFieldDto>;

export const CustomValueDto = z.looseObject({
  ItemId: z.int().optional(),
  Id: z.string().optional(),
  FieldName: z.string().nullable().optional(),
  ValueAsString: z.string().nullable().optional(),
  ValueAsDecimal: z.number().optional(),
  ValueAsDateTime: z.string().nullable().optional(),
  ValueAsBool: z.boolean().optional(),
  OptionId: z.string().nullable().optional(),
});
export type CustomValueDto = z.output<typeof CustomValueDto>;

export const CustomerDto = z.looseObject({
  CustomerID: z.int().nullable().optional(),
  CustomerName: z.string().nullable().optional(),
  CreatedOn: z.string().nullable().optional(),
  LastModified: z.string().nullable().optional(),
  BusinessNumber: z.string().nullable().optional(),
  Domain: z.string().nullable().optional(),
  Address: z.string().nullable().optional(),
  City: z.string().nullable().optional(),
  State: z.string().nullable().optional(),
  Country: z.string().nullable().optional(),
  Phone: z.string().nullable().optional(),
  Fax: z.string().nullable().optional(),
  Notes: z.string().nullable().optional(),
  Logo: z.string().nullable().optional(),
  Links: z.string().nullable().optional(),
  Longitude: z.number().nullable().optional(),
  Latitude: z.number().nullable().optional(),
  ZipCodeStr: z.string().nullable().optional(),
});
export type CustomerDto = z.output<typeof CustomerDto>;

export const CustomerDtoPagedResult = z.looseObject({
  items: z.array(CustomerDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type CustomerDtoPagedResult = z.output<typeof CustomerDtoPagedResult>;

export const DepartmentDto = z.looseObject({
  Id: z.int().optional(),
  Name: z.string().nullable().optional(),
  Description: z.string().nullable().optional(),
});
export type DepartmentDto = z.output<typeof DepartmentDto>;

export const DepartmentDtoPagedResult = z.looseObject({
  items: z.array(DepartmentDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type DepartmentDtoPagedResult = z.output<typeof DepartmentDtoPagedResult>;

export const GenericDeviceDto = z.looseObject({
  Name: z.string().nullable().optional(),
  DeviceID: z.int().optional(),
  DeviceGuid: z.string().optional(),
  FolderID: z.int().nullable().optional(),
  CustomerID: z.int().optional(),
  CustomerName: z.string().nullable().optional(),
  Monitored: z.boolean().optional(),
  MonitoringAgentID: z.int().optional(),
});
export type GenericDeviceDto = z.output<typeof GenericDeviceDto>;

export const GenericDeviceDtoPagedResult = z.looseObject({
  items: z.array(GenericDeviceDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type GenericDeviceDtoPagedResult = z.output<typeof GenericDeviceDtoPagedResult>;

export const HttpDeviceDto = z.looseObject({
  Name: z.string().nullable().optional(),
  DeviceID: z.int().optional(),
  DeviceGuid: z.string().optional(),
  CustomerID: z.int().optional(),
  CustomerName: z.string().nullable().optional(),
  FolderID: z.int().nullable().optional(),
  MonitoringAgentID: z.int().optional(),
  URL: z.string().nullable().optional(),
  Pattern: z.string().nullable().optional(),
  URLUp: z.boolean().optional(),
  ContainsPattern: z.boolean().optional(),
  Monitored: z.boolean().optional(),
});
export type HttpDeviceDto = z.output<typeof HttpDeviceDto>;

export const HttpDeviceDtoPagedResult = z.looseObject({
  items: z.array(HttpDeviceDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type HttpDeviceDtoPagedResult = z.output<typeof HttpDeviceDtoPagedResult>;

export const InvoiceContactDetailsDto = z.looseObject({
  CompanyName: z.string().nullable().optional(),
  ContactFirstName: z.string().nullable().optional(),
  ContactLastName: z.string().nullable().optional(),
  ContactFullName: z.string().nullable().optional(),
  Address: z.string().nullable().optional(),
  State: z.string().nullable().optional(),
  Country: z.string().nullable().optional(),
  ZipCode: z.int().nullable().optional(),
  City: z.string().nullable().optional(),
  Phone: z.string().nullable().optional(),
  Email: z.string().nullable().optional(),
});
export type InvoiceContactDetailsDto = z.output<typeof InvoiceContactDetailsDto>;

export const InvoiceLineItemDto = z.looseObject({
  Product: z.string().nullable().optional(),
  Description: z.string().nullable().optional(),
  Quantity: z.number().optional(),
  Rate: z.number().optional(),
  TaxPercentage: z.number().nullable().optional(),
  DiscountPercentage: z.number().nullable().optional(),
  Total: z.number().optional(),
  Subtotal: z.number().optional(),
  Tax: z.number().optional(),
  LineIdx: z.int().nullable().optional(),
});
export type InvoiceLineItemDto = z.output<typeof InvoiceLineItemDto>;

export const InvoiceDto = z.looseObject({
  IsAdhoc: z.boolean().optional(),
  InvoiceId: z.string().optional(),
  InvoiceNumber: z.int().optional(),
  InvoiceNumberAsString: z.string().nullable().optional(),
  Total: z.number().optional(),
  Subtotal: z.number().optional(),
  Tax: z.number().optional(),
  TaxPercentage: z.number().nullable().optional(),
  InvoiceDate: z.string().optional(),
  ContractName: z.string().nullable().optional(),
  PeriodStartDate: z.string().optional(),
  PeriodEndDate: z.string().optional(),
  Currency: z.string().nullable().optional(),
  LineItems: z.array(InvoiceLineItemDto).nullable().optional(),
  From: InvoiceContactDetailsDto.optional(),
  To: InvoiceContactDetailsDto.optional(),
});
export type InvoiceDto = z.output<typeof InvoiceDto>;

export const InvoiceDtoPagedResult = z.looseObject({
  items: z.array(InvoiceDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type InvoiceDtoPagedResult = z.output<typeof InvoiceDtoPagedResult>;

export const KnowledgeBaseDto = z.looseObject({
  KBID: z.int().nullable().optional(),
  KBTimestamp: z.string().optional(),
  KBContext: z.string().nullable().optional(),
  KBProduct: z.string().nullable().optional(),
  KBRating_Yes: z.int().nullable().optional(),
  KBRating_No: z.int().nullable().optional(),
  KBRating_Views: z.int().nullable().optional(),
  KBLastModified: z.string().optional(),
  KBIsPrivate: z.boolean().nullable().optional(),
  KBStatus: z.int().nullable().optional(),
  KBPriority: z.int().nullable().optional(),
  KBKeywords: z.string().nullable().optional(),
  KBAddress: z.string().nullable().optional(),
  SectionId: z.string().nullable().optional(),
  SectionName: z.string().nullable().optional(),
  CategoryId: z.string().nullable().optional(),
  CategoryName: z.string().nullable().optional(),
});
export type KnowledgeBaseDto = z.output<typeof KnowledgeBaseDto>;

export const KnowledgeBaseDtoPagedResult = z.looseObject({
  items: z.array(KnowledgeBaseDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type KnowledgeBaseDtoPagedResult = z.output<typeof KnowledgeBaseDtoPagedResult>;

export const PortDto = z.looseObject({
  PortNumber: z.int().optional(),
  Monitored: z.boolean().optional(),
  Available: z.boolean().nullable().optional(),
});
export type PortDto = z.output<typeof PortDto>;

export const ProblemDetails = z.looseObject({
  type: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  status: z.int().nullable().optional(),
  detail: z.string().nullable().optional(),
  instance: z.string().nullable().optional(),
});
export type ProblemDetails = z.output<typeof ProblemDetails>;

export const RateDtoPagedResult = z.looseObject({
  items: z.array(RateDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type RateDtoPagedResult = z.output<typeof RateDtoPagedResult>;

export const RelationType = openEnum(["None", "Parent", "Child"]);
export type RelationType = z.output<typeof RelationType>;

export const Result = z.looseObject({
  ActionID: z.string().nullable().optional(),
});
export type Result = z.output<typeof Result>;

export const SecurityLevelOptions = openEnum(["Undefined", "Authentication", "AuthenticationAndPrivacy"]);
export type SecurityLevelOptions = z.output<typeof SecurityLevelOptions>;

export const SnmpDeviceDto = z.looseObject({
  Name: z.string().nullable().optional(),
  DeviceID: z.int().optional(),
  DeviceGuid: z.string().optional(),
  CustomerID: z.int().optional(),
  CustomerName: z.string().nullable().optional(),
  FolderID: z.int().nullable().optional(),
  Hostname: z.string().nullable().optional(),
  Online: z.boolean().optional(),
  Port: z.string().nullable().optional(),
  Community: z.string().nullable().optional(),
  Type: z.string().nullable().optional(),
  Version: z.string().nullable().optional(),
  SecurityLevel: SecurityLevelOptions.optional(),
  Authentication: z.string().nullable().optional(),
  Privacy: z.string().nullable().optional(),
  Monitored: z.boolean().optional(),
  MonitoringAgentID: z.int().optional(),
  Model: z.string().nullable().optional(),
});
export type SnmpDeviceDto = z.output<typeof SnmpDeviceDto>;

export const SnmpDeviceDtoPagedResult = z.looseObject({
  items: z.array(SnmpDeviceDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type SnmpDeviceDtoPagedResult = z.output<typeof SnmpDeviceDtoPagedResult>;

export const TcpDeviceDto = z.looseObject({
  Name: z.string().nullable().optional(),
  DeviceID: z.int().optional(),
  DeviceGuid: z.string().optional(),
  Hostname: z.string().nullable().optional(),
  CustomerID: z.int().optional(),
  CustomerName: z.string().nullable().optional(),
  FolderID: z.int().nullable().optional(),
  MonitoringAgentID: z.int().optional(),
  Monitored: z.boolean().optional(),
  Ports: z.array(PortDto).nullable().optional(),
});
export type TcpDeviceDto = z.output<typeof TcpDeviceDto>;

export const TcpDeviceDtoPagedResult = z.looseObject({
  items: z.array(TcpDeviceDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type TcpDeviceDtoPagedResult = z.output<typeof TcpDeviceDtoPagedResult>;

export const TicketCommentDto = z.looseObject({
  Date: z.string().optional(),
  Comment: z.string().nullable().optional(),
  CommentHtml: z.string().nullable().optional(),
  EndUserID: z.int().nullable().optional(),
  TechnicianContactID: z.int().nullable().optional(),
  Email: z.string().nullable().optional(),
  FirstName: z.string().nullable().optional(),
  LastName: z.string().nullable().optional(),
  IsInternal: z.boolean().optional(),
});
export type TicketCommentDto = z.output<typeof TicketCommentDto>;

export const TicketCommentDtoPagedResult = z.looseObject({
  items: z.array(TicketCommentDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type TicketCommentDtoPagedResult = z.output<typeof TicketCommentDtoPagedResult>;

export const TicketPriorityOptions = openEnum(["Low", "Medium", "High", "Critical"]);
export type TicketPriorityOptions = z.output<typeof TicketPriorityOptions>;

export const TicketTypesForAPI = openEnum(["Incident", "Problem", "Request", "Change"]);
export type TicketTypesForAPI = z.output<typeof TicketTypesForAPI>;

export const TicketsImpactOptions = openEnum(["NoImpact", "SiteDown", "ServerIssue", "Minor", "Major", "Crisis"]);
export type TicketsImpactOptions = z.output<typeof TicketsImpactOptions>;

export const TicketDto = z.looseObject({
  TicketID: z.int().nullable().optional(),
  TicketTitle: z.string().nullable().optional(),
  TicketNumber: z.string().nullable().optional(),
  TicketPriority: TicketPriorityOptions.optional(),
  TicketImpact: TicketsImpactOptions.optional(),
  TicketStatus: z.string().nullable().optional(),
  TicketSource: z.string().nullable().optional(),
  TicketType: TicketTypesForAPI.optional(),
  EndUserID: z.int().nullable().optional(),
  EndUserEmail: z.string().nullable().optional(),
  EndUserFirstName: z.string().nullable().optional(),
  EndUserLastName: z.string().nullable().optional(),
  EndUserPhone: z.string().nullable().optional(),
  TicketResolvedDate: z.string().nullable().optional(),
  TicketCreatedDate: z.string().nullable().optional(),
  TechnicianFirstCommentDate: z.string().nullable().optional(),
  FirstResponseDueDate: z.string().nullable().optional(),
  ClosedTicketDueDate: z.string().nullable().optional(),
  FirstComment: z.string().nullable().optional(),
  LastEndUserComment: z.string().nullable().optional(),
  LastEndUserCommentTimestamp: z.string().nullable().optional(),
  LastTechnicianComment: z.string().nullable().optional(),
  LastTechnicianCommentTimestamp: z.string().nullable().optional(),
  OnSiteDurationSeconds: z.int().nullable().optional(),
  OnSiteDurationMinutes: z.int().nullable().optional(),
  OffSiteDurationSeconds: z.int().nullable().optional(),
  OffSiteDurationMinutes: z.int().nullable().optional(),
  OnSLADurationSeconds: z.int().nullable().optional(),
  OnSLADurationMinutes: z.int().nullable().optional(),
  OffSLADurationSeconds: z.int().nullable().optional(),
  OffSLADurationMinutes: z.int().nullable().optional(),
  TotalDurationSeconds: z.int().nullable().optional(),
  TotalDurationMinutes: z.int().nullable().optional(),
  CustomerID: z.int().optional(),
  CustomerName: z.string().nullable().optional(),
  CustomerBusinessNumber: z.string().nullable().optional(),
  TechnicianContactID: z.int().nullable().optional(),
  TechnicianFullName: z.string().nullable().optional(),
  TechnicianEmail: z.string().nullable().optional(),
  ContractID: z.int().nullable().optional(),
  RelationType: RelationType.optional(),
  RelatedTicketId: z.int().nullable().optional(),
});
export type TicketDto = z.output<typeof TicketDto>;

export const TicketDtoPagedResult = z.looseObject({
  items: z.array(TicketDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type TicketDtoPagedResult = z.output<typeof TicketDtoPagedResult>;

export const TicketDurationsDto = z.looseObject({
  OffSLADurationHours: z.number().optional(),
  OffSiteDurationHours: z.number().optional(),
  OnSLADurationHours: z.number().optional(),
  OnSiteDurationHours: z.number().optional(),
  TotalDurationHours: z.number().optional(),
  ticketId: z.int().optional(),
});
export type TicketDurationsDto = z.output<typeof TicketDurationsDto>;

export const TicketWorkHoursDto = z.looseObject({
  TicketID: z.int().optional(),
  WorkHoursID: z.int().optional(),
  StartWorkHour: z.string().nullable().optional(),
  EndWorkHour: z.string().nullable().optional(),
  TechnicianContactID: z.int().nullable().optional(),
  Billiable: z.boolean().nullable().optional(),
  OnCustomerSite: z.boolean().nullable().optional(),
  Description: z.string().nullable().optional(),
  TechnicianFullName: z.string().nullable().optional(),
  TechnicianEmail: z.string().nullable().optional(),
  RateID: z.int().nullable().optional(),
  RateAmount: z.number().nullable().optional(),
});
export type TicketWorkHoursDto = z.output<typeof TicketWorkHoursDto>;

export const TicketWorkHoursDtoPagedResult = z.looseObject({
  items: z.array(TicketWorkHoursDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type TicketWorkHoursDtoPagedResult = z.output<typeof TicketWorkHoursDtoPagedResult>;

export const TicketWorkHoursSiteDurationSummaryDto = z.looseObject({
  TicketID: z.int().optional(),
  TotalDurationSeconds: z.int().nullable().optional(),
  OnSiteDurationSeconds: z.int().nullable().optional(),
  OffSiteDurationSeconds: z.int().nullable().optional(),
});
export type TicketWorkHoursSiteDurationSummaryDto = z.output<typeof TicketWorkHoursSiteDurationSummaryDto>;

export const TicketWorkHoursSummaryDto = z.looseObject({
  TicketID: z.int().optional(),
  Billable: TicketDurationsDto.optional(),
  NonBillable: TicketDurationsDto.optional(),
});
export type TicketWorkHoursSummaryDto = z.output<typeof TicketWorkHoursSummaryDto>;

export const TicketsWorkHoursSiteDurationSummaryDto = z.looseObject({
  TicketsWorkHoursSiteDurationSummaries: z.array(TicketWorkHoursSiteDurationSummaryDto).nullable().optional(),
});
export type TicketsWorkHoursSiteDurationSummaryDto = z.output<typeof TicketsWorkHoursSiteDurationSummaryDto>;

export const WorkhourRecordDto = z.looseObject({
  WorkHoursID: z.int().optional(),
  TicketID: z.int().optional(),
  CustomerID: z.int().optional(),
  EndUserID: z.int().nullable().optional(),
  StartWorkHour: z.string().nullable().optional(),
  EndWorkHour: z.string().nullable().optional(),
  TechnicianContactID: z.int().nullable().optional(),
  Billiable: z.boolean().nullable().optional(),
  OnCustomerSite: z.boolean().nullable().optional(),
  Description: z.string().nullable().optional(),
  TechnicianFullName: z.string().nullable().optional(),
  TechnicianEmail: z.string().nullable().optional(),
  RateID: z.int().nullable().optional(),
  RateAmount: z.number().nullable().optional(),
});
export type WorkhourRecordDto = z.output<typeof WorkhourRecordDto>;

export const WorkhourRecordDtoPagedResult = z.looseObject({
  items: z.array(WorkhourRecordDto).nullable().optional(),
  page: z.int().optional(),
  itemsInPage: z.int().optional(),
  totalItemCount: z.int().optional(),
  totalPages: z.int().optional(),
  prevLink: z.string().nullable().optional(),
  nextLink: z.string().nullable().optional(),
});
export type WorkhourRecordDtoPagedResult = z.output<typeof WorkhourRecordDtoPagedResult>;

export const EnduserCommentDetails = z.strictObject({
  EnduserId: z.int().optional(),
});
export type EnduserCommentDetails = z.input<typeof EnduserCommentDetails>;

export const TechnicianCommentDetails = z.strictObject({
  TechnicianId: z.int().optional(),
  IsInternal: z.boolean().optional(),
  TechnicianEmail: z.string().nullable().optional(),
});
export type TechnicianCommentDetails = z.input<typeof TechnicianCommentDetails>;

export const AddCommentToTicketModel = z.strictObject({
  CommentText: z.string().nullable().optional(),
  CommentTimestampUTC: dateTimeInput.nullable().optional(),
  TechnicianCommentDetails: TechnicianCommentDetails.optional(),
  EnduserCommentDetails: EnduserCommentDetails.optional(),
});
export type AddCommentToTicketModel = z.input<typeof AddCommentToTicketModel>;

export const RelationTypeInput = z.enum(["None", "Parent", "Child"]);
export type RelationTypeInput = z.input<typeof RelationTypeInput>;

export const AddTicketRelationModel = z.strictObject({
  RelatedTicketId: z.int().optional(),
  RelationType: RelationTypeInput.optional(),
});
export type AddTicketRelationModel = z.input<typeof AddTicketRelationModel>;

export const AlertStatus = z.enum(["Open", "Resolved", "Snoozed"]);
export type AlertStatus = z.input<typeof AlertStatus>;

export const ContactSortBy = z.enum(["Creation", "LastModified"]);
export type ContactSortBy = z.input<typeof ContactSortBy>;

export const AlertCategoryDto = z.enum(["Hardware", "Disk", "Availability", "Performance", "Exchange", "General"]);
export type AlertCategoryDto = z.input<typeof AlertCategoryDto>;

export const AlertSeverityDto = z.enum(["Information", "Warning", "Critical"]);
export type AlertSeverityDto = z.input<typeof AlertSeverityDto>;

export const CreateAlertRequest = z.strictObject({
  DeviceGuid: guidInput.optional(),
  Title: z.string().nullable().optional(),
  CustomerID: z.int().nullable().optional(),
  Code: z.int().nullable().optional(),
  Severity: AlertSeverityDto.optional(),
  ThresholdValue1: z.string().nullable().optional(),
  ThresholdValue2: z.string().nullable().optional(),
  ThresholdValue3: z.string().nullable().optional(),
  ThresholdValue4: z.string().nullable().optional(),
  ThresholdValue5: z.string().nullable().optional(),
  SnoozedEndDate: dateTimeInput.nullable().optional(),
  AdditionalInfo: z.string().nullable().optional(),
  AlertCategoryID: AlertCategoryDto.optional(),
  TicketID: z.int().nullable().optional(),
  MessageTemplate: z.string().nullable().optional(),
  FolderID: z.int().nullable().optional(),
});
export type CreateAlertRequest = z.input<typeof CreateAlertRequest>;

export const CreateContactRequest = z.strictObject({
  Email: z.string().min(1),
  CustomerID: z.int().nullable().optional(),
  CustomerName: z.string().nullable().optional(),
  Firstname: z.string().nullable().optional(),
  Lastname: z.string().nullable().optional(),
  JobTitle: z.string().nullable().optional(),
  Phone: z.string().nullable().optional(),
  MobilePhone: z.string().nullable().optional(),
  IsContactPerson: z.boolean().nullable().optional(),
  InIgnoreMode: z.boolean().nullable().optional(),
  CreatedOn: dateTimeInput.nullable().optional(),
  DepartmentID: z.int().nullable().optional(),
  DepartmentName: z.string().nullable().optional(),
  DefaultAgentId: z.int().nullable().optional(),
});
export type CreateContactRequest = z.input<typeof CreateContactRequest>;

export const ContractTypeOptionsInput = z.enum(["RetainerFlatFee", "BlockHours", "Hourly", "RemoteMonitoring", "BlockMoney", "ProjectOneTimeFee", "ProjectHourlyRate", "OnlineBackup"]);
export type ContractTypeOptionsInput = z.input<typeof ContractTypeOptionsInput>;

export const ContractBillingPeriodOptionsInput = z.enum(["EndOfContractDuration", "Weekly", "BiWeekly", "Monthly", "Quarterly", "TwiceAYear", "Yearly", "OnDemand"]);
export type ContractBillingPeriodOptionsInput = z.input<typeof ContractBillingPeriodOptionsInput>;

export const CreateBlockHoursContractDto = z.strictObject({
  BillingPeriod: ContractBillingPeriodOptionsInput.optional(),
  HoursIncluded: z.number().nullable().optional(),
  CommitRollover: z.boolean().optional(),
  HourlyRateID: z.int().optional(),
  OverageRateID: z.int().nullable().optional(),
});
export type CreateBlockHoursContractDto = z.input<typeof CreateBlockHoursContractDto>;

export const CreateBlockMoneyContractDto = z.strictObject({
  ContractAmountRateID: z.int().optional(),
  BillingPeriod: ContractBillingPeriodOptionsInput.optional(),
  CommitRollover: z.boolean().optional(),
  HourlyRateID: z.int().optional(),
  OverageRateID: z.int().nullable().optional(),
});
export type CreateBlockMoneyContractDto = z.input<typeof CreateBlockMoneyContractDto>;

export const CreateHourlyContractDto = z.strictObject({
  HourlyRateID: z.int().optional(),
  AdditionalRateIDs: z.array(z.int()).nullable().optional(),
  BillingPeriod: ContractBillingPeriodOptionsInput.optional(),
});
export type CreateHourlyContractDto = z.input<typeof CreateHourlyContractDto>;

export const ContractMonitoredByOptionsInput = z.enum(["PCAgents", "ServerAgents", "OtherDevices", "AgentsOnly", "All", "PCsTotalGB", "ServersTotalGB", "TotalGB", "MacAgents"]);
export type ContractMonitoredByOptionsInput = z.input<typeof ContractMonitoredByOptionsInput>;

export const CreateOnlineBackupContractDto = z.strictObject({
  CountBy: ContractMonitoredByOptionsInput.optional(),
  BillingPeriod: ContractBillingPeriodOptionsInput.optional(),
  PerGBRateID: z.int().optional(),
});
export type CreateOnlineBackupContractDto = z.input<typeof CreateOnlineBackupContractDto>;

export const CreateProjectHourlyRateContractDto = z.strictObject({
  TotalAmountRateId: z.int().optional(),
  AdditionalRateIDs: z.array(z.int()).nullable().optional(),
});
export type CreateProjectHourlyRateContractDto = z.input<typeof CreateProjectHourlyRateContractDto>;

export const CreateProjectOneTimeFeeContractDto = z.strictObject({
  TotalAmountRateId: z.int().optional(),
});
export type CreateProjectOneTimeFeeContractDto = z.input<typeof CreateProjectOneTimeFeeContractDto>;

export const CreateRemoteMonitoringContractDto = z.strictObject({
  CountBy: ContractMonitoredByOptionsInput.optional(),
  BillingPeriod: ContractBillingPeriodOptionsInput.optional(),
  PerDeviceRateID: z.int().optional(),
});
export type CreateRemoteMonitoringContractDto = z.input<typeof CreateRemoteMonitoringContractDto>;

export const CreateRetainerFlatFeeContractDto = z.strictObject({
  RateID: z.int().optional(),
  Quantity: z.number().nullable().optional(),
  BillingPeriod: ContractBillingPeriodOptionsInput.optional(),
});
export type CreateRetainerFlatFeeContractDto = z.input<typeof CreateRetainerFlatFeeContractDto>;

export const CreateContractDto = z.strictObject({
  ContractName: z.string().nullable().optional(),
  SLAId: z.int().optional(),
  CustomerID: z.int().optional(),
  Default: z.boolean().optional(),
  StartDate: dateTimeInput.nullable().optional(),
  EndDate: dateTimeInput.nullable().optional(),
  Active: z.boolean().optional(),
  Taxable: z.boolean().optional(),
  TaxId: z.int().nullable().optional(),
  ContractType: ContractTypeOptionsInput.optional(),
  Notes: z.string().nullable().optional(),
  RetainerFlatFeeContract: CreateRetainerFlatFeeContractDto.optional(),
  HourlyContract: CreateHourlyContractDto.optional(),
  BlockHoursContract: CreateBlockHoursContractDto.optional(),
  BlockMoneyContract: CreateBlockMoneyContractDto.optional(),
  RemoteMonitoringContract: CreateRemoteMonitoringContractDto.optional(),
  OnlineBackupContract: CreateOnlineBackupContractDto.optional(),
  ProjectOneTimeFeeContract: CreateProjectOneTimeFeeContractDto.optional(),
  ProjectHourlyRateContract: CreateProjectHourlyRateContractDto.optional(),
});
export type CreateContractDto = z.input<typeof CreateContractDto>;

export const CreateCustomerAttachmentRequest = z.strictObject({
  CustomerId: z.int().optional(),
  Name: z.string().nullable().optional(),
  ContentBased64: z.string().nullable().optional(),
});
export type CreateCustomerAttachmentRequest = z.input<typeof CreateCustomerAttachmentRequest>;

export const CreateCustomerRequest = z.strictObject({
  CustomerName: z.string().nullable().optional(),
  CreatedOn: dateTimeInput.nullable().optional(),
  BusinessNumber: z.string().nullable().optional(),
  Domain: z.string().nullable().optional(),
  Address: z.string().nullable().optional(),
  City: z.string().nullable().optional(),
  State: z.string().nullable().optional(),
  Country: z.string().nullable().optional(),
  Phone: z.string().nullable().optional(),
  Fax: z.string().nullable().optional(),
  Notes: z.string().nullable().optional(),
  Links: z.string().nullable().optional(),
  Longitude: z.number().nullable().optional(),
  Latitude: z.number().nullable().optional(),
  ZipCodeStr: z.string().nullable().optional(),
});
export type CreateCustomerRequest = z.input<typeof CreateCustomerRequest>;

export const CreateDepartmentRequest = z.strictObject({
  Name: z.string().nullable().optional(),
  Description: z.string().nullable().optional(),
});
export type CreateDepartmentRequest = z.input<typeof CreateDepartmentRequest>;

export const CreateFolderRequest = z.strictObject({
  Name: z.string().nullable().optional(),
  CustomerId: z.int().optional(),
  ThresholdId: z.int().nullable().optional(),
});
export type CreateFolderRequest = z.input<typeof CreateFolderRequest>;

export const CreateGenericDeviceRequest = z.strictObject({
  Name: z.string().nullable().optional(),
  CustomerID: z.int().optional(),
  FolderID: z.int().nullable().optional(),
  MonitoringAgentID: z.int().optional(),
  Monitored: z.boolean().optional(),
  Hostname: z.string().nullable().optional(),
});
export type CreateGenericDeviceRequest = z.input<typeof CreateGenericDeviceRequest>;

export const CreateHttpDeviceRequest = z.strictObject({
  Name: z.string().nullable().optional(),
  CustomerID: z.int().optional(),
  FolderID: z.int().nullable().optional(),
  MonitoringAgentID: z.int().optional(),
  Monitored: z.boolean().optional(),
  URL: z.string().nullable().optional(),
  Pattern: z.string().nullable().optional(),
});
export type CreateHttpDeviceRequest = z.input<typeof CreateHttpDeviceRequest>;

export const CreateRateRequest = z.strictObject({
  Description: z.string().nullable().optional(),
  Amount: z.number().optional(),
  SKU: z.string().nullable().optional(),
  Category: z.string().nullable().optional(),
});
export type CreateRateRequest = z.input<typeof CreateRateRequest>;

export const SnmpVersionOptions = z.enum(["V1", "V2"]);
export type SnmpVersionOptions = z.input<typeof SnmpVersionOptions>;

export const CreateSnmpV1DeviceRequest = z.strictObject({
  Name: z.string().nullable().optional(),
  CustomerID: z.int().optional(),
  FolderID: z.int().nullable().optional(),
  MonitoringAgentID: z.int().optional(),
  Monitored: z.boolean().optional(),
  Hostname: z.string().nullable().optional(),
  Port: z.int().optional(),
  SNMPType: z.string().nullable().optional(),
  Community: z.string().nullable().optional(),
  SNMPVersion: SnmpVersionOptions.optional(),
});
export type CreateSnmpV1DeviceRequest = z.input<typeof CreateSnmpV1DeviceRequest>;

export const Authentication = z.enum(["Undefined", "SHA1", "MD5"]);
export type Authentication = z.input<typeof Authentication>;

export const Privacy = z.enum(["Undefined", "AES", "DES"]);
export type Privacy = z.input<typeof Privacy>;

export const SecurityLevel = z.enum(["Undefined", "Authentication", "AuthenticationAndPrivacy"]);
export type SecurityLevel = z.input<typeof SecurityLevel>;

export const CreateSnmpV3DeviceRequest = z.strictObject({
  Name: z.string().nullable().optional(),
  CustomerID: z.int().optional(),
  FolderID: z.int().nullable().optional(),
  MonitoringAgentID: z.int().optional(),
  Monitored: z.boolean().optional(),
  Hostname: z.string().nullable().optional(),
  Port: z.int().optional(),
  SNMPType: z.string().nullable().optional(),
  Username: z.string().nullable().optional(),
  AuthenticationAlg: Authentication.optional(),
  PrivacyAlg: Privacy.optional(),
  AuthenticationPassword: z.string().nullable().optional(),
  PrivacyPassword: z.string().nullable().optional(),
  _SecurityLevel: SecurityLevel.optional(),
});
export type CreateSnmpV3DeviceRequest = z.input<typeof CreateSnmpV3DeviceRequest>;

export const Port = z.strictObject({
  PortNum: z.int().optional(),
  Monitored: z.boolean().optional(),
});
export type Port = z.input<typeof Port>;

export const CreateTcpDeviceRequest = z.strictObject({
  Name: z.string().nullable().optional(),
  CustomerID: z.int().optional(),
  FolderID: z.int().nullable().optional(),
  MonitoringAgentID: z.int().optional(),
  Monitored: z.boolean().optional(),
  Hostname: z.string().nullable().optional(),
  Ports: z.array(Port).nullable().optional(),
});
export type CreateTcpDeviceRequest = z.input<typeof CreateTcpDeviceRequest>;

export const TicketPriorityOptionsInput = z.enum(["Low", "Medium", "High", "Critical"]);
export type TicketPriorityOptionsInput = z.input<typeof TicketPriorityOptionsInput>;

export const TicketTypesForAPIInput = z.enum(["Incident", "Problem", "Request", "Change"]);
export type TicketTypesForAPIInput = z.input<typeof TicketTypesForAPIInput>;

export const TicketsImpactOptionsInput = z.enum(["NoImpact", "SiteDown", "ServerIssue", "Minor", "Major", "Crisis"]);
export type TicketsImpactOptionsInput = z.input<typeof TicketsImpactOptionsInput>;

export const CreateTicketModel = z.strictObject({
  TicketTitle: z.string().nullable().optional(),
  Description: z.string().nullable().optional(),
  TicketPriority: TicketPriorityOptionsInput.optional(),
  TicketImpact: TicketsImpactOptionsInput.optional(),
  TicketStatus: z.string().nullable().optional(),
  TicketType: TicketTypesForAPIInput.optional(),
  EndUserID: z.int().nullable().optional(),
  EndUserFirstName: z.string().nullable().optional(),
  EndUserLastName: z.string().nullable().optional(),
  EndUserEmail: z.string().nullable().optional(),
  EndUserPhone: z.string().nullable().optional(),
  TechnicianContactID: z.int().nullable().optional(),
  TechnicianEmail: z.string().nullable().optional(),
});
export type CreateTicketModel = z.input<typeof CreateTicketModel>;

export const CreateWorkHoursModel = z.strictObject({
  StartWorkHour: dateTimeInput.optional(),
  EndWorkHour: dateTimeInput.optional(),
  TechnicianContactID: z.int().nullable().optional(),
  TechnicianEmail: z.string().nullable().optional(),
  Billiable: z.boolean().optional(),
  OnCustomerSite: z.boolean().optional(),
  Description: z.string().nullable().optional(),
  RateID: z.int().nullable().optional(),
});
export type CreateWorkHoursModel = z.input<typeof CreateWorkHoursModel>;

export const CustomerSortBy = z.enum(["Creation", "LastModified"]);
export type CustomerSortBy = z.input<typeof CustomerSortBy>;

export const SetCustomValueRequest = z.strictObject({
  Value: z.string().nullable().optional(),
});
export type SetCustomValueRequest = z.input<typeof SetCustomValueRequest>;

export const UpdateContactRequest = z.strictObject({
  Firstname: z.string().nullable().optional(),
  Lastname: z.string().nullable().optional(),
  JobTitle: z.string().nullable().optional(),
  Phone: z.string().nullable().optional(),
  MobilePhone: z.string().nullable().optional(),
  IsContactPerson: z.boolean().nullable().optional(),
  InIgnoreMode: z.boolean().nullable().optional(),
  Archived: z.boolean().nullable().optional(),
  CustomerID: z.int().nullable().optional(),
  CustomerName: z.string().nullable().optional(),
  DepartmentID: z.int().nullable().optional(),
  DepartmentName: z.string().nullable().optional(),
  DefaultAgentId: z.int().nullable().optional(),
});
export type UpdateContactRequest = z.input<typeof UpdateContactRequest>;

export const UpdateBlockHoursContractDto = z.strictObject({
  BillingPeriod: ContractBillingPeriodOptionsInput.optional(),
  HoursIncluded: z.number().nullable().optional(),
  CommitRollover: z.boolean().nullable().optional(),
});
export type UpdateBlockHoursContractDto = z.input<typeof UpdateBlockHoursContractDto>;

export const UpdateBlockMoneyContractDto = z.strictObject({
  BillingPeriod: ContractBillingPeriodOptionsInput.optional(),
  CommitRollover: z.boolean().nullable().optional(),
});
export type UpdateBlockMoneyContractDto = z.input<typeof UpdateBlockMoneyContractDto>;

export const UpdateHourlyContractDto = z.strictObject({
  BillingPeriod: ContractBillingPeriodOptionsInput.optional(),
});
export type UpdateHourlyContractDto = z.input<typeof UpdateHourlyContractDto>;

export const UpdateOnlineBackupContractDto = z.strictObject({
  CountBy: ContractMonitoredByOptionsInput.optional(),
  BillingPeriod: ContractBillingPeriodOptionsInput.optional(),
});
export type UpdateOnlineBackupContractDto = z.input<typeof UpdateOnlineBackupContractDto>;

export const UpdateRemoteMonitoringContractDto = z.strictObject({
  CountBy: ContractMonitoredByOptionsInput.optional(),
  BillingPeriod: ContractBillingPeriodOptionsInput.optional(),
});
export type UpdateRemoteMonitoringContractDto = z.input<typeof UpdateRemoteMonitoringContractDto>;

export const UpdateRetainerFlatFeeContractDto = z.strictObject({
  Quantity: z.number().nullable().optional(),
  BillingPeriod: ContractBillingPeriodOptionsInput.optional(),
});
export type UpdateRetainerFlatFeeContractDto = z.input<typeof UpdateRetainerFlatFeeContractDto>;

export const UpdateContractDto = z.strictObject({
  ContractName: z.string().nullable().optional(),
  Default: z.boolean().nullable().optional(),
  StartDate: dateTimeInput.nullable().optional(),
  EndDate: dateTimeInput.nullable().optional(),
  Active: z.boolean().nullable().optional(),
  Taxable: z.boolean().nullable().optional(),
  TaxId: z.int().nullable().optional(),
  Notes: z.string().nullable().optional(),
  RetainerFlatFeeContract: UpdateRetainerFlatFeeContractDto.optional(),
  HourlyContract: UpdateHourlyContractDto.optional(),
  BlockHoursContract: UpdateBlockHoursContractDto.optional(),
  BlockMoneyContract: UpdateBlockMoneyContractDto.optional(),
  RemoteMonitoringContract: UpdateRemoteMonitoringContractDto.optional(),
  OnlineBackupContract: UpdateOnlineBackupContractDto.optional(),
});
export type UpdateContractDto = z.input<typeof UpdateContractDto>;

export const UpdateCustomerRequest = z.strictObject({
  CustomerName: z.string().nullable().optional(),
  BusinessNumber: z.string().nullable().optional(),
  Domain: z.string().nullable().optional(),
  Address: z.string().nullable().optional(),
  City: z.string().nullable().optional(),
  State: z.string().nullable().optional(),
  Country: z.string().nullable().optional(),
  Phone: z.string().nullable().optional(),
  Fax: z.string().nullable().optional(),
  Notes: z.string().nullable().optional(),
  Links: z.string().nullable().optional(),
  Longitude: z.number().nullable().optional(),
  Latitude: z.number().nullable().optional(),
  ZipCodeStr: z.string().nullable().optional(),
});
export type UpdateCustomerRequest = z.input<typeof UpdateCustomerRequest>;

export const UpdateDepartmentRequest = z.strictObject({
  Name: z.string().nullable().optional(),
  Description: z.string().nullable().optional(),
});
export type UpdateDepartmentRequest = z.input<typeof UpdateDepartmentRequest>;

export const UpdateRateRequest = z.strictObject({
  Description: z.string().nullable().optional(),
  Amount: z.number().nullable().optional(),
  SKU: z.string().nullable().optional(),
  Archived: z.boolean().nullable().optional(),
  Category: z.string().nullable().optional(),
});
export type UpdateRateRequest = z.input<typeof UpdateRateRequest>;

export const UpdateTicketModel = z.strictObject({
  TicketTitle: z.string().nullable().optional(),
  TicketStatus: z.string().nullable().optional(),
  TicketType: TicketTypesForAPIInput.optional(),
  TicketPriority: TicketPriorityOptionsInput.optional(),
  TicketImpact: TicketsImpactOptionsInput.optional(),
  TechnicianContactID: z.int().nullable().optional(),
  TechnicianEmail: z.string().nullable().optional(),
});
export type UpdateTicketModel = z.input<typeof UpdateTicketModel>;
